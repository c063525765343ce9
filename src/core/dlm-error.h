/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLM_ERROR (dlm_error_quark ())

/* Errors from the numeric core and the parameter layer. Every message names
 * the field it is about and what that field accepts. */
typedef enum {
  DLM_ERROR_INVALID,     /* text that is not what the field accepts */
  DLM_ERROR_EMPTY,       /* an empty list */
  DLM_ERROR_TOO_LARGE,   /* more elements than the field accepts */
  DLM_ERROR_RANGE,       /* a number outside the accepted range */
  DLM_ERROR_UNKNOWN_KEY, /* a parameter the topic does not have */
  DLM_ERROR_WRITE,       /* a file could not be written */
} DlmError;

GQuark dlm_error_quark (void);

/* What the user gave, as an error message quotes it: valid UTF-8, on one
 * line (a line break shows as ⏎), at most DLM_QUOTE_MAX_CHARS characters
 * with "…" where it was cut, so a 100 kB paste never fills the message.
 * NULL quotes as "". Free with g_free(). */
#define DLM_QUOTE_MAX_CHARS 60

char  *dlm_quote_input     (const char *text);
/* The same for the first @len bytes of @text. */
char  *dlm_quote_input_len (const char *text,
                            gsize       len);
/* A file name as a message quotes it: shown as g_filename_display_name()
 * shows it (a name in no known encoding still reads), then quoted as
 * dlm_quote_input() quotes text. */
char  *dlm_quote_path      (const char *path);

/* The largest magnitude a figure can scale an axis to, with headroom for
 * its labels, far enough below DBL_MAX that no range or tick overflows. */
#define DLM_MAX_DRAWN_MAGNITUDE 1e300

/* Refuses the first of @n @values whose magnitude is beyond @limit, e.g.
 * "logits: value 2, 1.7e308, is too large; accepted: -1e300 to 1e300". */
gboolean dlm_check_magnitudes (const char    *field,
                               const double  *values,
                               gsize          n,
                               double         limit,
                               GError       **error);

G_END_DECLS
