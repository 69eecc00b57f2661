/**
 * The signed-in front doors: the staff office desk ({@code /kantor}) and the citizen area
 * ({@code /warga}). Other modules put their work on the desk through {@link id.padu.workspace.WorkQueueProvider}.
 */
@ApplicationModule(displayName = "Workspace")
package id.padu.workspace;

import org.springframework.modulith.ApplicationModule;
