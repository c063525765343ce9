/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-layout.h"
#include "dlm-topic.h"

/* A topic's summary as a table key → text, and one of its values as a
 * number (the test fails if the key is missing or not a number). */
GHashTable *summary_of     (DlmTopic   *topic);
double      summary_number (GHashTable *table,
                            const char *key);

/* The choice parameter that switches what the figure shows ("view" or
 * "mode"), or NULL if the topic has one figure. */
DlmParamInfo *topic_view_param (DlmTopic *topic);

/* A new topic @id with @assignments applied (the test fails if they are
 * refused). */
DlmTopic     *topic_applied (const char        *id,
                             const char *const *assignments);

/* @topic drawn at @width × @height in @theme with a layout log attached,
 * which it returns; the pixels are left in *@surface unless it is NULL. */
DlmLayoutLog *figure_log    (DlmTopic         *topic,
                             const DlmTheme   *theme,
                             int               width,
                             int               height,
                             cairo_surface_t **surface);

/* The figure drawn at @width × @height in @theme with the layout log on:
 * the markup of every text it drew (figure_texts), or what the layout check
 * finds wrong with it (figure_problems); both free their strings. */
GPtrArray  *figure_texts    (DlmTopic     *topic,
                             DlmThemeKind  theme,
                             int           width,
                             int           height);
GPtrArray  *figure_problems (DlmTopic     *topic,
                             DlmThemeKind  theme,
                             int           width,
                             int           height);
/* Whether one of @texts contains @needle. */
gboolean    texts_contain   (GPtrArray    *texts,
                             const char   *needle);

/* The magnitude limit of a list field of numbers (@key of topic @id):
 * values beyond ±1e300 are refused, naming the value's place and the
 * range, and the field keeps its text; at the limit every one of @views
 * is drawn with nothing clipped or overlapping. */
void        assert_magnitude_limit (const char         *id,
                                    const char         *key,
                                    const char *const  *views);
