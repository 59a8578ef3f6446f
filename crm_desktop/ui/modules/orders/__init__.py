"""Sales orders, quick sale, receipts, returns and receivables."""
