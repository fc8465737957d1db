import type { Sequelize } from 'sequelize';
import { Company } from './Company.js';
import { User } from './User.js';
import { RefreshToken } from './RefreshToken.js';

export { Company, User, RefreshToken };

export function initModels(sequelize: Sequelize): void {
  Company.initModel(sequelize);
  User.initModel(sequelize);
  RefreshToken.initModel(sequelize);

}
