package id.padu.services;

import java.util.UUID;

/**
 * Lets another module finish a step the engine waits for: a BPMN receive task whose id is the wait
 * point (e.g. {@code announcement}). The process continues in the caller's transaction with the
 * variables {@code decision} ({@code approve} or {@code reject}) and {@code note}.
 */
public interface ApplicationProcesses {

	/** @throws id.padu.shared.NotFoundException when the application is not waiting at that point */
	void resume(UUID applicationId, String waitPoint, boolean approved, String note);
}
