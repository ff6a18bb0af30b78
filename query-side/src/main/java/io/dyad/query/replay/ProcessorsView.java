package io.dyad.query.replay;

import java.util.List;

/**
 * @param headPosition the position of the latest event in the store, null when it holds
 * none
 */
record ProcessorsView(Long headPosition, List<ProcessorView> processors) {
}
