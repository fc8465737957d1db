import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the app shell: side menu, user menu, language and theme switches (namespace `layout`). */
export const layoutMessages = defineAreaMessages({
  'pt-BR': {
    navigation: 'Navegação principal',
    openMenu: 'Abrir menu',
    users: 'Usuários',
    tickets: 'Atendimentos',
    connections: 'Conexões',
    language: 'Idioma',
    themeToDark: 'Usar tema escuro',
    themeToLight: 'Usar tema claro',
    userMenu: 'Menu do usuário',
    changePassword: 'Alterar senha',
    logout: 'Sair',
  },
  en: {
    navigation: 'Main navigation',
    openMenu: 'Open menu',
    users: 'Users',
    tickets: 'Tickets',
    connections: 'Connections',
    language: 'Language',
    themeToDark: 'Use dark theme',
    themeToLight: 'Use light theme',
    userMenu: 'User menu',
    changePassword: 'Change password',
    logout: 'Sign out',
  },
  es: {
    navigation: 'Navegación principal',
    openMenu: 'Abrir menú',
    users: 'Usuarios',
    tickets: 'Atenciones',
    connections: 'Conexiones',
    language: 'Idioma',
    themeToDark: 'Usar tema oscuro',
    themeToLight: 'Usar tema claro',
    userMenu: 'Menú de usuario',
    changePassword: 'Cambiar contraseña',
    logout: 'Cerrar sesión',
  },
});
