package org.caredesk.domain.sentimentmodel;

import java.util.List;

/**
 * The sentiment models: which version is on (0 = the bundled models), which one a rollback would
 * restore (null when the bundled models are on), and every retrained version, newest first.
 */
public record ModelOverview(int activeVersion, Integer rollbackTo, boolean training, List<ModelVersionView> versions) {}
