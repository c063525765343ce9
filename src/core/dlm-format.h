/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Machine-readable numbers: '.' as the decimal point whatever the locale,
 * integers as integers, everything else round-trip exact (%.17g). */
void   dlm_format_number        (GString    *out,
                                 double      value);
char  *dlm_format_number_string (double      value);
char  *dlm_format_number_shortest (double    value);
void   dlm_csv_append_field     (GString    *out,
                                 const char *text);
void   dlm_summary_add_number   (GString    *out,
                                 const char *key,
                                 double      value);
void   dlm_summary_add_string   (GString    *out,
                                 const char *key,
                                 const char *value);

/* Human-readable numbers for labels: short, locale-independent,
 * with a real minus sign. */
char  *dlm_format_short         (double      value,
                                 int         digits);
char  *dlm_format_fixed         (double      value,
                                 int         digits);
char  *dlm_format_integer       (double      value);

G_END_DECLS
