export {
  DEFAULT_TEST_POSTGRES_URL,
  createTestDatabase,
  postgresAvailable,
  postgresRequired,
  testPostgresBaseUrl,
  type TestDatabase,
  type TestDatabaseOptions,
} from "./test-database.js";
export { describeEachDialect } from "./describe-each-dialect.js";
export { TEST_MUNICIPALITY, eventFields, registrationData, seedDialogue } from "./fixtures.js";
