/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The translated name of a topic's view (a value of its slides
 * parameter), e.g. “Classifier” for softmax's "classifier"; an unknown
 * view's identifier as it is. */
const char *dlm_view_name (const char *topic_id,
                           const char *view);

G_END_DECLS
