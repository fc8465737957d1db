import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export const PROFILES = ['admin', 'supervisor', 'user'] as const;
export type Profile = (typeof PROFILES)[number];
export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare companyId: number;
  declare name: string;
  declare email: string;
  declare passwordHash: string;
  declare profile: Profile;
  declare super: CreationOptional<boolean>;
  declare active: CreationOptional<boolean>;
  /** Bumped whenever every session of the user must end (password change, deactivation). */
  declare tokenVersion: CreationOptional<number>;
  declare language: CreationOptional<Language | null>;
  /** Most open tickets distribution gives this attendant; null: the company's `userMaxOpenTickets`. */
  declare maxOpenTickets: CreationOptional<number | null>;
  declare lastLoginAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    User.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        companyId: { type: DataTypes.INTEGER, allowNull: false },
        name: { type: DataTypes.STRING(120), allowNull: false },
        email: { type: DataTypes.STRING(254), allowNull: false },
        passwordHash: { type: DataTypes.STRING(100), allowNull: false },
        profile: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'user' },
        super: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
        tokenVersion: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        language: { type: DataTypes.STRING(8), allowNull: true },
        maxOpenTickets: { type: DataTypes.INTEGER, allowNull: true },
        lastLoginAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'Users' },
    );
  }
}
