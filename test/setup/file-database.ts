import { afterAll } from 'vitest';
import { dropDatabaseOfFile } from '../support/own-database.js';

// Runs in every test file (vitest setupFiles): its own database, if it made one, goes with it.
afterAll(dropDatabaseOfFile);
