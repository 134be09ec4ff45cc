import { App } from './app/App';
import { boot } from './app/boot';
import './app/app.css';
import './app/compact.css';
import './app/print.css';

await boot(<App />);
