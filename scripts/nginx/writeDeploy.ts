import { writeFile } from 'node:fs/promises';
import { DEPLOY_FILE, deployConfig } from './nginxConfig.ts';

/** `npm run nginx:config`: rewrites deploy/nginx/atlas.conf from the one table of headers. */
await writeFile(DEPLOY_FILE, deployConfig());
console.log(`wrote ${DEPLOY_FILE}`);
