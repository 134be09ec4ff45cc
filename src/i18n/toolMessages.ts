import tools from 'virtual:catalog/en/tools';
import { addEnglish } from './onDemandMessages';

/** The Cite and Download dialogs' English words, loaded with them. */
addEnglish(tools);
