package org.rohrpost.wizard.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.template.entity.Template;

/** The message step's fields: the communication's key, its template and who approves it. */
public class Message implements Serializable {
  private static final long serialVersionUID = 1L;

  private String key;
  private String subject;
  private String html;
  private String text;
  private String approvers;
  private boolean bypassApproval;

  /** Takes the fields of an existing communication's definition. */
  void fill(Communications.Definition d) {
    key = d.key();
    subject = d.subject();
    html = d.html();
    text = d.text();
    approvers = String.join(", ", d.approvers());
    bypassApproval = d.bypassApproval();
  }

  /** The definition with the other steps' choices (the queue class null: the client's). */
  Communications.Definition definition(String messageSystem, String population, String queueClass) {
    return new Communications.Definition(
        key,
        messageSystem,
        population,
        subject,
        html,
        text,
        bypassApproval,
        getApproverList(),
        queueClass);
  }

  Template template() {
    return new Template(subject, html, text);
  }

  /** The approvers' addresses, as entered: separated by commas or spaces. */
  public List<String> getApproverList() {
    return approvers == null || approvers.isBlank()
        ? List.of()
        : Arrays.stream(approvers.strip().split("[,\\s]+")).toList();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getApprovers() {
    return approvers;
  }

  public void setApprovers(String approvers) {
    this.approvers = approvers;
  }

  public boolean isBypassApproval() {
    return bypassApproval;
  }

  public void setBypassApproval(boolean bypassApproval) {
    this.bypassApproval = bypassApproval;
  }
}
