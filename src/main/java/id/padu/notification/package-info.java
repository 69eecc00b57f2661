/**
 * Messages to people outside the office: e-mails rendered from Thymeleaf templates in the
 * recipient's language. Other modules call {@link id.padu.notification.Mailer}.
 */
@ApplicationModule(displayName = "Notification")
package id.padu.notification;

import org.springframework.modulith.ApplicationModule;
