package io.dyad.api.runtime;

/**
 * What every Dyad process sets before its framework starts. Axon checks for updates over
 * the network at start, and Dyad must start offline; an operator who wants the check sets
 * {@code AXONIQ_UPDATE_CHECKER_DISABLED} themselves.
 */
public final class OfflineStart {

	private OfflineStart() {
	}

	public static void prepare() {
		if (System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
			System.setProperty("axoniq.update-checker.disabled", "true");
		}
		System.setProperty("disable-axoniq-console-message", "true");
	}

}
