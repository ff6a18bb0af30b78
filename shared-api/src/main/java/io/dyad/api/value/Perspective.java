package io.dyad.api.value;

/** The cost, attitudinal and mutuality perspectives for assessing a relationship. */
public enum Perspective {

	COST, ATTITUDINAL, MUTUALITY

}
