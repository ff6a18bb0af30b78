package io.dyad.api.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supplier or client, named by the integrating application's own id. */
public record Organisation(@NotBlank @Size(max = 200) String id, @Size(max = 200) String name) {
}
