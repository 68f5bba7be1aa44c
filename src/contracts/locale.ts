import { z } from 'zod';

// Zod's own messages (type errors, missing fields) in Dutch, for server, web and CLI alike.
z.config(z.locales.nl());
