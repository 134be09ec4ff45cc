/** Compiled message catalogs, made by scripts/i18n/catalogPlugin.ts from src/i18n/catalogs/*.json. */
declare module 'virtual:catalog/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}
