/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

G_BEGIN_DECLS

/* Turning categorical labels into numbers. */
typedef enum {
  DLM_ENCODING_DUMMY,     /* two categories → one 0/1 column */
  DLM_ENCODING_ONEHOT,    /* K categories → one 0/1 column each */
  DLM_ENCODING_LABEL,     /* K categories → one integer column 0 … K−1 */
} DlmEncodingScheme;

#define DLM_ENCODING_MAX_VALUES     200
#define DLM_ENCODING_MAX_CATEGORIES 50

/* The distinct labels of @values in the order they first appear. */
GStrv       dlm_encoding_categories_in_order (const char *const  *values);
/* The distinct labels of @values sorted A–Z (by g_utf8_collate, ties by
 * bytes), as pandas and scikit-learn order them. */
GStrv       dlm_encoding_categories_sorted   (const char *const  *values);
/* Refuses a category list with a repeated name, naming "categories". */
gboolean    dlm_encoding_check_categories    (const char *const  *categories,
                                              GError            **error);
/* The position of each value in @categories (@indices holds one per
 * value); refuses a value that is not a category, naming "values". */
gboolean    dlm_encoding_indices             (const char *const  *values,
                                              const char *const  *categories,
                                              guint              *indices,
                                              GError            **error);
/* The encoded matrix: N×K for one-hot, N×1 for dummy (the second category
 * is coded 1, the first is the reference 0; exactly two categories) and
 * for label coding (the category's position, from 0). */
gsl_matrix *dlm_encoding_encode              (const char *const  *values,
                                              const char *const  *categories,
                                              DlmEncodingScheme   scheme,
                                              GError            **error);

G_END_DECLS
