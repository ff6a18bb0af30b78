package io.dyad.api.value;

/**
 * The versions of the trust model and stage policy recorded in every event that carries
 * scores.
 */
public final class ModelVersions {

	public static final String TRUST_MODEL = "trust-v1";

	public static final String STAGE_POLICY = "stage-v1";

	private ModelVersions() {
	}

}
