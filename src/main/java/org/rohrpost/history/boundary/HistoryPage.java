package org.rohrpost.history.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.history.control.MessageSearch;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.boundary.PageMessages;

/**
 * The history page: messages across batches found as {@code GET /messages} finds them (client,
 * recipient, status, made from/to; newest first, 100 a page), each linked to its page. A search is
 * a link that can be kept; bad input is said on the page.
 */
@Named
@RequestScoped
public class HistoryPage {
  @Inject MessageSearch search;
  @Inject Clients clients;
  @Inject PageMessages messages;

  private String client;
  private String recipient;
  private String status;
  private String from;
  private String to;
  private int page;
  private List<MessageSearch.Found> results = List.of();

  /** The page's view action: the search the link names. */
  public void load() {
    try {
      results =
          search.find(
              new MessageSearch.Criteria(
                  blankless(client),
                  blankless(recipient),
                  blankless(status),
                  blankless(from),
                  blankless(to),
                  page));
    } catch (RuntimeException refused) {
      messages.refused(refused);
    }
  }

  /** Shows the search as a link (from its first page). */
  public String find() {
    return "/admin/history.xhtml?faces-redirect=true"
        + param("client", client)
        + param("recipient", recipient)
        + param("status", status)
        + param("from", from)
        + param("to", to);
  }

  private static String param(String name, String value) {
    return blankless(value) == null
        ? ""
        : "&" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public List<MessageSearch.Found> getResults() {
    return results;
  }

  public boolean isNextPage() {
    return results.size() == Batches.PAGE_SIZE;
  }

  public List<String> getClientKeys() {
    return clients.all().stream().map(Client::key).toList();
  }

  public MessageStatus[] getStatuses() {
    return MessageStatus.values();
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
