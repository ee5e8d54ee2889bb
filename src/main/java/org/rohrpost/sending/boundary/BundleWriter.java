package org.rohrpost.sending.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.sending.control.Bundler;

/** Makes one bundle of each chunk of message ids and puts its signal on the class queue. */
@Named
@Dependent
public class BundleWriter extends AbstractItemWriter {
  @Inject @BatchProperty String batchId;
  @Inject Bundler bundler;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = new ArrayList<>(items.size());
    items.forEach(item -> ids.add((Long) item));
    bundler.bundle(Long.parseLong(batchId), ids);
  }
}
