import { defineMessages } from '../define';
import { screensEn } from './screens-en';
import { screensZh } from './screens-zh';

/** The screens' labels, buttons and notices. */
export const screenMessages = defineMessages(screensEn, screensZh);
