package io.dyad.query.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The value type of the embedded store's collections: each document is stored as the BSON
 * it travels in. H2's default type stores objects it does not know with Java
 * serialization, which writes every document of a changed page with its class descriptors
 * at every commit: a third of the server's CPU samples while commands filled a store of
 * 1,000 relationships. Documents reach the store only from the wire, so each has a BSON
 * form.
 */
final class BsonDocumentType extends BasicDataType<Document> {

	private static final int HEAP_PER_ENCODED_BYTE = 6;

	/**
	 * A first guess of a document's size, until documents of the collection were written.
	 */
	private static final int FIRST_AVERAGE_SIZE = 1_024;

	/**
	 * The encoded size of this collection's documents, a moving average as H2 keeps for
	 * the objects it serializes. Concurrent writers update it without coordination: it is
	 * only an estimate.
	 */
	private int averageSize = FIRST_AVERAGE_SIZE;

	/**
	 * H2 splits pages and sizes its cache by this estimate. A decoded document takes six
	 * to eight times its encoded size on the heap: a trajectory bucket of 100 points, 15
	 * KB of BSON, took 92 KB.
	 */
	@Override
	public int getMemory(Document document) {
		return HEAP_PER_ENCODED_BYTE * this.averageSize;
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		ByteBuf encoded = Unpooled.buffer(this.averageSize);
		BsonEncoder.encodeDocument(document, encoded);
		int size = encoded.readableBytes();
		this.averageSize = (int) ((size + 15L * this.averageSize) / 16);
		buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), size);
	}

	/** A BSON document starts with its own length, so it is read without a prefix. */
	@Override
	public Document read(ByteBuffer buffer) {
		ByteBuf stored = Unpooled.wrappedBuffer(buffer);
		Document document = BsonDecoder.decodeBson(stored);
		buffer.position(buffer.position() + stored.readerIndex());
		return document;
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

}
