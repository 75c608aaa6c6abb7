// Entry point of `butane-language-server` (placeholder until the LSP layer lands).
import './lsp/main';
