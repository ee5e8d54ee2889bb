package org.rohrpost.smtp.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.rohrpost.messagesystem.control.DkimKey;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs the messages of one SMTP connection with the message system's DKIM key: rsa-sha256,
 * relaxed/relaxed, no body length limit, no DNS look-up before signing. The signature is made when
 * the message is written to the wire. Not thread-safe, like the connection.
 */
public class DkimSigning {
  /**
   * Signed when present, besides the library's defaults (From, To, Subject, Date, Message-ID,
   * MIME-Version, Content-Type, List-Unsubscribe, …).
   */
  static final List<String> SIGNED_HEADERS =
      List.of(
          "From",
          "To",
          "Subject",
          "Date",
          "Message-ID",
          "MIME-Version",
          "Content-Type",
          "Content-Transfer-Encoding",
          MailComposer.LIST_UNSUBSCRIBE,
          MailComposer.LIST_UNSUBSCRIBE_POST,
          MailComposer.BATCH_HEADER,
          MailComposer.MESSAGE_HEADER);

  private final DkimSigner signer;

  public DkimSigning(DkimKey key) {
    signer = new DkimSigner(key.domain(), key.selector(), key.privateKey());
    signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
    signer.setHeaderCanonicalization(Canonicalization.RELAXED);
    signer.setBodyCanonicalization(Canonicalization.RELAXED);
    signer.setLengthParam(false);
    signer.setZParam(false);
    signer.setCheckDomainKey(false);
    SIGNED_HEADERS.forEach(signer::addHeaderToSign);
  }

  /** The message to send in place of {@code mime}: the same, with a DKIM-Signature on the wire. */
  public MimeMessage sign(MimeMessage mime) throws MessagingException {
    return new StableIdDkimMessage(mime, signer);
  }

  /**
   * The library's signing copy of a composed message. Should anything save its changes again (the
   * static {@code Transport.send} does), it keeps the copied Message-ID instead of making a new
   * one.
   */
  private static final class StableIdDkimMessage extends DkimMessage {
    StableIdDkimMessage(MimeMessage mime, DkimSigner signer) throws MessagingException {
      super(mime, signer);
    }

    @Override
    protected void updateMessageID() {
      // the copied Message-ID header stays
    }
  }
}
