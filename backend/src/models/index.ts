import type { Sequelize } from 'sequelize';
import { Company } from './Company.js';
import { User } from './User.js';
import { RefreshToken } from './RefreshToken.js';
import { Whatsapp } from './Whatsapp.js';

export { Company, User, RefreshToken, Whatsapp };

export function initModels(sequelize: Sequelize): void {
  Company.initModel(sequelize);
  User.initModel(sequelize);
  RefreshToken.initModel(sequelize);
  Whatsapp.initModel(sequelize);
}
