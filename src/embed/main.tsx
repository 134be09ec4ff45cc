import { boot } from '../app/boot';
import '../app/app.css';
import '../app/compact.css';
import './embed.css';
import { EmbedApp } from './EmbedApp';

await boot(<EmbedApp />);
