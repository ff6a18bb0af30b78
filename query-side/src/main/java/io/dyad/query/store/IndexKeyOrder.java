package io.dyad.query.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's index maps. Keys are stored exactly as H2's
 * default type stores them, but ordered by their values: the default orders objects it
 * does not know, such as index keys, by their Java-serialized bytes, and so serializes
 * both keys at every comparison of every lookup. Keys the value order holds equal but
 * which are not equal keep the default order between them, so no two keys that were
 * distinct before become one.
 */
final class IndexKeyOrder extends BasicDataType<Object> {

	private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

	private final ObjectDataType stored = new ObjectDataType();

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue x && b instanceof KeyValue y) {
			int order = compareKeys(x, y);
			return (order != 0 || x.equals(y)) ? order : this.stored.compare(a, b);
		}
		return this.stored.compare(a, b);
	}

	private static int compareKeys(KeyValue x, KeyValue y) {
		int shared = Math.min(x.size(), y.size());
		for (int i = 0; i < shared; i++) {
			int order = VALUES.compare(x.get(i), y.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(x.size(), y.size());
	}

	@Override
	public int getMemory(Object key) {
		return this.stored.getMemory(key);
	}

	@Override
	public void write(WriteBuffer buffer, Object key) {
		this.stored.write(buffer, key);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		return this.stored.read(buffer);
	}

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

}
