// Entry point of `butane-language-server` (dist/server.js).
import { main } from './lsp/main';

main(process.argv.slice(2));
