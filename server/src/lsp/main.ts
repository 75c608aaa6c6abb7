// LSP layer: see issue 2. (placeholder)
