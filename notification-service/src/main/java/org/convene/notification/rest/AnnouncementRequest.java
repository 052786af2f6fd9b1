package org.convene.notification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AnnouncementRequest(
        @NotNull @Schema(example = "019ab3c0-0000-7000-8000-000000000001") java.util.UUID workshopId,
        @NotBlank @Size(max = 200) @PlainText @Schema(example = "Room change: we meet in Hall B") String subject,
        @NotBlank @Size(max = 20000) @PlainText(multiline = true)
        @Schema(example = "Dear all, tomorrow we meet in Hall B on the first floor.") String body) {
}
