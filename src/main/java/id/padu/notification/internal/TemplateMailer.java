package id.padu.notification.internal;

import id.padu.notification.Attachment;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders multipart e-mails (plain text + HTML) with a template engine of its own: the page engine
 * knows only HTML, mails also need Thymeleaf's TEXT mode. Messages come from the application's bundles.
 */
@Service
class TemplateMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(TemplateMailer.class);
	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final JavaMailSender sender;
	private final SpringTemplateEngine engine;
	private final String from;

	TemplateMailer(JavaMailSender sender, MessageSource messages, @Value("${padu.mail.from}") String from) {
		MailStreamProvider.nameAngusUnlessSet();
		this.sender = sender;
		this.from = from;
		this.engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	@Override
	public boolean send(Email email) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(email);
				}
			});
			return false;
		}
		return deliver(email);
	}

	private boolean deliver(Email email) {
		try {
			Context context = new Context(email.locale(), email.model());
			String html = engine.process(email.template() + ".html", context);
			String text = engine.process(email.template() + ".txt", context);
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(email.recipient());
			helper.setSubject(subject(html));
			helper.setText(text, html);
			for (Attachment attachment : email.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
			}
			sender.send(message);
			log.info("Mail {} sent to {}", email.template(), masked(email.recipient()));
			return true;
		} catch (MessagingException | RuntimeException e) {
			// The caller's work is already committed; the person can ask for the mail again.
			log.warn("Mail {} to {} not sent: {}", email.template(), masked(email.recipient()), e.toString());
			return false;
		}
	}

	private static String subject(String html) {
		Matcher matcher = TITLE.matcher(html);
		return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1).strip()) : "Padu";
	}

	/** Addresses are personal data: logs show only enough to trace a delivery. */
	static String masked(String address) {
		int at = address.indexOf('@');
		return at <= 1 ? "***" + address.substring(Math.max(at, 0)) : address.charAt(0) + "***" + address.substring(at);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}
}
