// A real IndexedDB implementation in memory, so Dexie code is tested against a database, not a mock.
import 'fake-indexeddb/auto'
