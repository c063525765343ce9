/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GArray   *dlm_parse_vector    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);
gboolean  dlm_parse_double    (const char  *field,
                               const char  *text,
                               double      *out,
                               GError     **error);
GStrv     dlm_parse_labels    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);

G_END_DECLS
