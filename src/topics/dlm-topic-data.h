/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-data.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

/* Whether @key of @topic is a list, matrix or label field that takes a
 * file (see dlm_data_load()), and if so which kind of values and how many
 * at most: the field's own limit, so a file too big is refused with its
 * count before any text is made of it. */
gboolean  dlm_topic_data_field   (DlmTopic     *topic,
                                  const char   *key,
                                  DlmDataKind  *kind,
                                  gsize        *max_values);

/* dlm_topic_apply() for assignments whose value may name a file: in
 * "KEY=@SPEC" the field KEY takes the values of SPEC (a file, "FILE#col=C",
 * or "-" for standard input, at most once), read with dlm_data_load() and
 * then checked by the field exactly as typed text is, all assignments
 * together; "KEY=@@…" is the text "@…". A field that takes no file
 * refuses "@…" saying which do. A message about a field from a file names
 * the file too: "logits: “z.csv”: value 2, 1.7e308, is too large; …". */
gboolean  dlm_topic_apply_data   (DlmTopic            *topic,
                                  const char *const   *assignments,
                                  GError             **error);

G_END_DECLS
