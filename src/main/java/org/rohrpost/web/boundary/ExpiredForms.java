package org.rohrpost.web.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.flow.Flow;
import jakarta.faces.flow.FlowHandler;
import jakarta.faces.flow.ViewNode;
import jakarta.faces.view.ViewMetadata;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rohrpost.problem.control.Causes;

/**
 * A form posted with a view state the server does not know (its session timed out, the server
 * restarted, or the state is forged) is answered with the same page afresh, saying that the form
 * had expired, instead of an error: for the same thing (the page's view parameters, as the form
 * posted them), and for a page of a flow (the wizard) its first step. Nothing of the post is done.
 * A form posted to a page that does not exist is answered 404, as asking for that page is.
 * Registered in faces-config.xml.
 */
public class ExpiredForms extends ExceptionHandlerFactory {
  static final String MESSAGE =
      "The form had expired (it was open too long, or the server restarted): here it is again,"
          + " please fill it in once more.";

  public ExpiredForms(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        ViewExpiredException expired = Causes.find(thrown, ViewExpiredException.class).orElse(null);
        boolean noPage =
            faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
                && Causes.find(thrown, FileNotFoundException.class).isPresent();
        if (expired != null || noPage) {
          events.remove();
          if (!isAnswered(faces)) { // once, though Faces may queue the exception twice
            answer(faces, expired);
          }
        }
      }
      getWrapped().handle();
    }
  }

  private static boolean isAnswered(FacesContext faces) {
    return faces.getResponseComplete() || faces.getExternalContext().isResponseCommitted();
  }

  /** The page afresh, or (a form of no page: the view that expired is not known) 404. */
  private static void answer(FacesContext faces, ViewExpiredException expired) {
    ExternalContext external = faces.getExternalContext();
    try {
      if (expired == null) {
        external.responseSendError(404, "There is no such page.");
        faces.responseComplete();
        return;
      }
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MESSAGE, null));
      external.getFlash().setKeepMessages(true);
      external.redirect(freshForm(faces, expired.getViewId()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address of the page with a fresh form: its flow's start, or itself for the same thing. */
  private static String freshForm(FacesContext faces, String viewId) {
    ViewHandler views = faces.getApplication().getViewHandler();
    Flow flow = flowOf(faces, viewId);
    if (flow != null && flow.getNode(flow.getStartNodeId()) instanceof ViewNode start) {
      Map<String, List<String>> entering =
          Map.of(
              FlowHandler.TO_FLOW_DOCUMENT_ID_REQUEST_PARAM_NAME,
              List.of(flow.getDefiningDocumentId()),
              FlowHandler.FLOW_ID_REQUEST_PARAM_NAME,
              List.of(flow.getId()));
      return views.getBookmarkableURL(faces, start.getVdlDocumentId(), entering, false);
    }
    return views.getBookmarkableURL(faces, viewId, postedViewParameters(faces, viewId), false);
  }

  /** The flow whose folder holds the view (a flow's pages are in the folder of its id), or null. */
  private static Flow flowOf(FacesContext faces, String viewId) {
    FlowHandler flows = faces.getApplication().getFlowHandler();
    int folderEnd = viewId.indexOf('/', 1);
    return flows == null || folderEnd < 0
        ? null
        : flows.getFlow(faces, "", viewId.substring(1, folderEnd));
  }

  /** The view parameters of the page, with the values the form posted beside its fields. */
  private static Map<String, List<String>> postedViewParameters(FacesContext faces, String viewId) {
    ViewMetadata metadata =
        faces
            .getApplication()
            .getViewHandler()
            .getViewDeclarationLanguage(faces, viewId)
            .getViewMetadata(faces, viewId);
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (metadata == null) {
      return parameters;
    }
    Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
    for (var parameter : ViewMetadata.getViewParameters(metadata.createMetadataView(faces))) {
      String value = posted.get(parameter.getName());
      if (value != null && !value.isEmpty()) {
        parameters.put(parameter.getName(), List.of(value));
      }
    }
    return parameters;
  }
}
