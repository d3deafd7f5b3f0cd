// Runs the repository contract on every configured backend. With TEST_DATABASE_URL set (CI sets
// it to the machine's PostgreSQL), an unreachable server fails the run; it is never skipped.
import { backends } from '../test-support/test-database.ts';
import { runDiaryRepoContract } from './diary-repo.contract.ts';

for (const backend of backends()) runDiaryRepoContract(backend.label, () => backend.make());
