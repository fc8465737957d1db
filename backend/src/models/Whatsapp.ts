import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export const WHATSAPP_STATUSES = ['OPENING', 'qrcode', 'CONNECTED', 'DISCONNECTED', 'TIMEOUT'] as const;
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

/** A WhatsApp connection: one company's number, linked to Atende as a companion device. */
export class Whatsapp extends Model<InferAttributes<Whatsapp>, InferCreationAttributes<Whatsapp>> {
  declare id: CreationOptional<number>;
  declare companyId: number;
  declare name: string;
  declare status: CreationOptional<WhatsappStatus>;
  declare qrcode: CreationOptional<string | null>;
  /** Failed attempts in a row (reconnecting), or QR codes shown (pairing). */
  declare retries: CreationOptional<number>;
  /** When the next reconnect attempt comes, while a connection that dropped is retrying. */
  declare nextAttemptAt: CreationOptional<Date | null>;
  declare number: CreationOptional<string | null>;
  declare isDefault: CreationOptional<boolean>;
  declare greetingMessage: CreationOptional<string | null>;
  declare farewellMessage: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    Whatsapp.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        companyId: { type: DataTypes.INTEGER, allowNull: false },
        name: { type: DataTypes.STRING(80), allowNull: false },
        status: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'DISCONNECTED' },
        qrcode: { type: DataTypes.TEXT, allowNull: true },
        retries: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        nextAttemptAt: { type: DataTypes.DATE, allowNull: true },
        number: { type: DataTypes.STRING(32), allowNull: true },
        isDefault: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        greetingMessage: { type: DataTypes.TEXT, allowNull: true },
        farewellMessage: { type: DataTypes.TEXT, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'Whatsapps' },
    );
  }
}
