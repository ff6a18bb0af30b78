package io.dyad.query.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;

/**
 * The analytics rows laid out column by column in primitive arrays, one slot per
 * relationship, so that an answer over 100,000 relationships is a tight loop over a few
 * megabytes instead of a walk through 100,000 object graphs. Suppliers and clients are
 * coded by dictionaries, tags by a bit set of slots each, instants as epoch nanoseconds.
 * Not thread-safe: {@link AnalyticsRows} guards it with a read-write lock.
 */
final class AnalyticsColumns {

	/** An instant not recorded (a stage not reached, no dissolution, no assessment). */
	static final long NONE = Long.MIN_VALUE;

	static final int STAGES = Stage.values().length;

	/** The assessment scores, benefits then negatives then perspectives. */
	static final int SCORES = Benefit.values().length + Negative.values().length + Perspective.values().length;

	private static final int AT_RISK = 1;

	private static final long NANOS_PER_DAY = 86_400_000_000_000L;

	private final Map<String, Integer> slots = new HashMap<>();

	private final Map<String, Integer> supplierCodes = new HashMap<>();

	private final NavigableMap<String, Integer> clientCodes = new TreeMap<>();

	private final Map<String, BitSet> tagSlots = new HashMap<>();

	int size;

	AnalyticsRow[] rows = new AnalyticsRow[0];

	int[] supplier = new int[0];

	int[] client = new int[0];

	long[] openedAt = new long[0];

	byte[] stage = new byte[0];

	byte[] type = new byte[0];

	/**
	 * Slots whose relational type changed since the opening; {@link #rows} has the
	 * changes.
	 */
	BitSet reclassified = new BitSet();

	long[][] enteredAt = new long[STAGES][0];

	double[] trust = new double[0];

	double[] uncertainty = new double[0];

	/** Bit 0: at risk; bit 1 + rule ordinal: the rule held when the risk was raised. */
	byte[] risk = new byte[0];

	byte[] dissolutionReason = new byte[0];

	byte[] dissolutionInitiator = new byte[0];

	byte[] dissolvedFrom = new byte[0];

	long[] dissolvedAt = new long[0];

	/** Calendar months (UTC) counted from January of year 0, for the monthly tables. */
	int[] dissolvedMonth = new int[0];

	long[] assessedAt = new long[0];

	/** The latest assessment's scores per kind; NaN where it has none. */
	double[][] scores = new double[SCORES][0];

	double[] netBenefit = new double[0];

	byte[] exchange = new byte[0];

	/** Slots assessed more than once; {@link #rows} has the earlier assessments. */
	BitSet reassessed = new BitSet();

	int raises;

	int[] raiseSlot = new int[0];

	long[] raiseAt = new long[0];

	byte[] raiseRules = new byte[0];

	int[] raiseMonth = new int[0];

	private int[] raisesPerSlot = new int[0];

	static AnalyticsColumns of(Iterable<AnalyticsRow> rows) {
		AnalyticsColumns columns = new AnalyticsColumns();
		rows.forEach(columns::put);
		return columns;
	}

	AnalyticsRow row(String relationshipId) {
		Integer slot = this.slots.get(relationshipId);
		return (slot != null) ? this.rows[slot] : null;
	}

	/** Writes the row into its slot; putting the same row again changes nothing. */
	void put(AnalyticsRow row) {
		Integer known = this.slots.get(row.relationshipId());
		int slot = (known != null) ? known : add(row);
		this.rows[slot] = row;
		this.openedAt[slot] = nanos(row.openedAt());
		this.stage[slot] = (byte) row.stage().ordinal();
		this.type[slot] = (byte) row.relationalType().ordinal();
		this.reclassified.set(slot, row.types().size() > 1);
		for (long[] entered : this.enteredAt) {
			entered[slot] = NONE;
		}
		for (AnalyticsRow.StageEntry entry : row.stages()) {
			this.enteredAt[entry.stage().ordinal()][slot] = nanos(entry.enteredAt());
		}
		this.trust[slot] = row.trust();
		this.uncertainty[slot] = row.uncertainty();
		this.risk[slot] = row.atRisk() ? (byte) (AT_RISK | rules(row.riskRules())) : 0;
		putDissolution(slot, row.dissolution());
		putLatestAssessment(slot, row.assessments());
		List<AnalyticsRow.RiskRaise> raised = row.riskRaises();
		for (int i = this.raisesPerSlot[slot]; i < raised.size(); i++) {
			addRaise(slot, raised.get(i));
		}
		this.raisesPerSlot[slot] = raised.size();
	}

	/**
	 * The slots of the relationships in the filter's segment, or null when it has no
	 * segment (every slot).
	 */
	BitSet segment(AnalyticsFilter filter) {
		if (filter.supplierId() == null && filter.clientIdPrefix() == null && filter.tag() == null) {
			return null;
		}
		BitSet selected = new BitSet(this.size);
		selected.set(0, this.size);
		if (filter.tag() != null) {
			selected.and(this.tagSlots.getOrDefault(filter.tag(), new BitSet()));
		}
		if (filter.supplierId() != null) {
			Integer code = this.supplierCodes.get(filter.supplierId());
			int wanted = (code != null) ? code : -1;
			for (int slot = selected.nextSetBit(0); slot >= 0; slot = selected.nextSetBit(slot + 1)) {
				if (this.supplier[slot] != wanted) {
					selected.clear(slot);
				}
			}
		}
		if (filter.clientIdPrefix() != null) {
			BitSet codes = clientsStartingWith(filter.clientIdPrefix());
			for (int slot = selected.nextSetBit(0); slot >= 0; slot = selected.nextSetBit(slot + 1)) {
				if (!codes.get(this.client[slot])) {
					selected.clear(slot);
				}
			}
		}
		return selected;
	}

	/** The first slot of the segment (null: every slot), or -1 when there is none. */
	int first(BitSet segment) {
		return (segment != null) ? segment.nextSetBit(0) : ((this.size > 0) ? 0 : -1);
	}

	/**
	 * The slot after this one in the segment (null: every slot), or -1 after the last.
	 */
	int next(BitSet segment, int slot) {
		if (segment != null) {
			int next = segment.nextSetBit(slot + 1);
			return (next < this.size) ? next : -1;
		}
		return (slot + 1 < this.size) ? slot + 1 : -1;
	}

	boolean atRisk(int slot) {
		return (this.risk[slot] & AT_RISK) != 0;
	}

	static boolean holds(byte rules, RiskRule rule) {
		return (rules & (2 << rule.ordinal())) != 0;
	}

	static long nanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}

	/** Epoch nanoseconds of a window's bound; an open bound is the farthest there is. */
	static long nanos(Instant bound, long open) {
		return (bound != null) ? nanos(bound) : open;
	}

	/**
	 * The calendar month (UTC) of an instant in epoch nanoseconds, as year * 12 + month -
	 * 1.
	 */
	static int month(long nanos) {
		LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(nanos, NANOS_PER_DAY));
		return day.getYear() * 12 + day.getMonthValue() - 1;
	}

	static YearMonth yearMonth(int month) {
		return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
	}

	/** The codes of the client ids starting with the prefix: sorted, they follow it. */
	private BitSet clientsStartingWith(String prefix) {
		BitSet codes = new BitSet(this.clientCodes.size());
		for (Map.Entry<String, Integer> client : this.clientCodes.tailMap(prefix, true).entrySet()) {
			if (!client.getKey().startsWith(prefix)) {
				break;
			}
			codes.set(client.getValue());
		}
		return codes;
	}

	private int add(AnalyticsRow row) {
		int slot = this.size++;
		if (slot == this.rows.length) {
			grow(Math.max(64, slot * 2));
		}
		this.slots.put(row.relationshipId(), slot);
		this.supplier[slot] = this.supplierCodes.computeIfAbsent(row.supplierId(), (id) -> this.supplierCodes.size());
		this.client[slot] = this.clientCodes.computeIfAbsent(row.clientId(), (id) -> this.clientCodes.size());
		for (String tag : row.tags()) {
			this.tagSlots.computeIfAbsent(tag, (key) -> new BitSet()).set(slot);
		}
		return slot;
	}

	private void putDissolution(int slot, AnalyticsRow.Dissolution dissolution) {
		if (dissolution == null) {
			this.dissolvedAt[slot] = NONE;
			this.dissolutionReason[slot] = -1;
			return;
		}
		this.dissolvedAt[slot] = nanos(dissolution.occurredAt());
		this.dissolvedMonth[slot] = month(this.dissolvedAt[slot]);
		this.dissolutionReason[slot] = (byte) dissolution.reason().ordinal();
		this.dissolutionInitiator[slot] = (byte) dissolution.initiatedBy().ordinal();
		this.dissolvedFrom[slot] = (byte) dissolution.stage().ordinal();
	}

	private void putLatestAssessment(int slot, List<AnalyticsRow.Assessment> assessments) {
		this.reassessed.set(slot, assessments.size() > 1);
		if (assessments.isEmpty()) {
			this.assessedAt[slot] = NONE;
			return;
		}
		AnalyticsRow.Assessment latest = assessments.get(assessments.size() - 1);
		double[] values = scores(latest);
		for (int kind = 0; kind < SCORES; kind++) {
			this.scores[kind][slot] = values[kind];
		}
		this.assessedAt[slot] = nanos(latest.assessedAt());
		this.netBenefit[slot] = latest.netBenefit();
		this.exchange[slot] = (byte) latest.recommendedExchange().ordinal();
	}

	/** An assessment's scores in column order, NaN for the kinds it has none of. */
	static double[] scores(AnalyticsRow.Assessment assessment) {
		double[] values = new double[SCORES];
		Arrays.fill(values, Double.NaN);
		int benefits = Benefit.values().length;
		int negatives = Negative.values().length;
		assessment.benefits().forEach((kind, score) -> values[kind.ordinal()] = score);
		assessment.negatives().forEach((kind, score) -> values[benefits + kind.ordinal()] = score);
		assessment.perspectives().forEach((kind, score) -> values[benefits + negatives + kind.ordinal()] = score);
		return values;
	}

	private void addRaise(int slot, AnalyticsRow.RiskRaise raise) {
		if (this.raises == this.raiseSlot.length) {
			int capacity = Math.max(64, this.raises * 2);
			this.raiseSlot = Arrays.copyOf(this.raiseSlot, capacity);
			this.raiseAt = Arrays.copyOf(this.raiseAt, capacity);
			this.raiseRules = Arrays.copyOf(this.raiseRules, capacity);
			this.raiseMonth = Arrays.copyOf(this.raiseMonth, capacity);
		}
		this.raiseSlot[this.raises] = slot;
		this.raiseAt[this.raises] = nanos(raise.at());
		this.raiseRules[this.raises] = (byte) rules(raise.rules());
		this.raiseMonth[this.raises] = month(this.raiseAt[this.raises]);
		this.raises++;
	}

	private static int rules(List<String> codes) {
		int rules = 0;
		for (RiskRule rule : RiskRule.values()) {
			if (codes.contains(rule.code())) {
				rules |= 2 << rule.ordinal();
			}
		}
		return rules;
	}

	private void grow(int capacity) {
		this.rows = Arrays.copyOf(this.rows, capacity);
		this.supplier = Arrays.copyOf(this.supplier, capacity);
		this.client = Arrays.copyOf(this.client, capacity);
		this.openedAt = Arrays.copyOf(this.openedAt, capacity);
		this.stage = Arrays.copyOf(this.stage, capacity);
		this.type = Arrays.copyOf(this.type, capacity);
		for (int stage = 0; stage < STAGES; stage++) {
			this.enteredAt[stage] = Arrays.copyOf(this.enteredAt[stage], capacity);
		}
		this.trust = Arrays.copyOf(this.trust, capacity);
		this.uncertainty = Arrays.copyOf(this.uncertainty, capacity);
		this.risk = Arrays.copyOf(this.risk, capacity);
		this.dissolutionReason = Arrays.copyOf(this.dissolutionReason, capacity);
		this.dissolutionInitiator = Arrays.copyOf(this.dissolutionInitiator, capacity);
		this.dissolvedFrom = Arrays.copyOf(this.dissolvedFrom, capacity);
		this.dissolvedAt = Arrays.copyOf(this.dissolvedAt, capacity);
		this.dissolvedMonth = Arrays.copyOf(this.dissolvedMonth, capacity);
		this.assessedAt = Arrays.copyOf(this.assessedAt, capacity);
		for (int kind = 0; kind < SCORES; kind++) {
			this.scores[kind] = Arrays.copyOf(this.scores[kind], capacity);
		}
		this.netBenefit = Arrays.copyOf(this.netBenefit, capacity);
		this.exchange = Arrays.copyOf(this.exchange, capacity);
		this.raisesPerSlot = Arrays.copyOf(this.raisesPerSlot, capacity);
	}

}
