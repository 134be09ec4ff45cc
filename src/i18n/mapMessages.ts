import map from 'virtual:catalog/en/map';
import { addEnglish } from './onDemandMessages';

/** The map's English words (legend, markers, routes, controls), loaded with the map. */
addEnglish(map);
