/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-image-header.h"

G_BEGIN_DECLS

/* The numbers behind the datatypes topic: an image as arrays of uint8, its
 * luma, and what storage types do to sums. */

#define DLM_IMAGE_BUILTIN   "landscape"
/* Files bigger than this are refused before they are read, and no more
 * than this is ever read (a 4096 × 4096 PNG of RGB noise is about 50 MB). */
#define DLM_IMAGE_MAX_FILE_BYTES (64u * 1024u * 1024u)

typedef struct {
  guint   width, height;
  guint8 *rgb;       /* (H, W, C) order, C = 3: NumPy's and PIL's layout */
  guint8 *gray;      /* (H, W) luma, see dlm_luma() */
  char   *format;    /* "png" or "jpeg" */
} DlmImage;

/* Reads a PNG or JPEG file, or the built-in picture when @source is
 * DLM_IMAGE_BUILTIN. Any alpha channel is dropped (as PIL's convert("RGB")
 * does). Only a regular file of at most DLM_IMAGE_MAX_FILE_BYTES is read (a
 * FIFO, a device or a directory is refused without reading), its header is
 * checked with dlm_image_read_header(), and only then does the PNG or JPEG
 * decoder, and no other, see it. Errors name @field: an empty name, an
 * unreadable file, a file that is not a regular file or is too large, and
 * those of dlm_image_read_header(). */
DlmImage *dlm_image_load        (const char    *field,
                                 const char    *source,
                                 GError       **error);
void      dlm_image_free        (DlmImage      *image);
/* The built-in picture's PNG file, as it is stored (for the code card,
 * which carries it to Python). */
GBytes   *dlm_image_builtin_bytes (void);

/* ITU-R BT.601 luma of one pixel, 0.299 R + 0.587 G + 0.114 B, rounded to
 * the nearest integer exactly as NumPy's np.round(rgb @ [0.299, 0.587,
 * 0.114]) does it (double precision, halves to even). */
guint8    dlm_luma              (guint8         r,
                                 guint8         g,
                                 guint8         b);

/* Bytes of an array of @n_elements elements of @element_size bytes each. */
guint64   dlm_storage_bytes     (guint64        n_elements,
                                 guint          element_size);
/* a + b computed in single precision, as np.float32(a) + np.float32(b). */
float     dlm_float32_add       (float          a,
                                 float          b);
/* a + b in 8 unsigned bits: the sum wraps around modulo 256, as
 * np.uint8(a) + np.uint8(b). */
guint8    dlm_uint8_add         (guint8         a,
                                 guint8         b);

/* ---- rounding: 0.1 + 0.2 == 0.3 in each floating type ------------------ */

/* A sum rounded to a floating type, against a target rounded to the same
 * type: the values each type really stores, widened exactly to double. */
typedef struct {
  double a, b;       /* the stored operands */
  double sum;        /* a + b rounded to the type */
  double target;     /* the stored target */
  gint64 ulps;       /* sum − target in units in the last place: 0 when
                      * the sum is the very number stored for the target */
} DlmRoundedSum;

/* As np.float32(a) + np.float32(b) == np.float32(target) and the same in
 * float64: out->ulps == 0 exactly when NumPy prints True. */
void      dlm_float32_sum_check (double         a,
                                 double         b,
                                 double         target,
                                 DlmRoundedSum *out);
void      dlm_float64_sum_check (double         a,
                                 double         b,
                                 double         target,
                                 DlmRoundedSum *out);
/* Every decimal digit of a binary fraction, as Python's
 * decimal.Decimal(float(x)) writes it: "0.300000011920928955078125". */
char     *dlm_format_exact      (double         value);

/* ---- dtypes: what NumPy and PyTorch make of a Python list -------------- */

typedef enum {
  DLM_PY_BOOL,
  DLM_PY_INT,
  DLM_PY_FLOAT,
  DLM_PY_STR,
} DlmPyKind;

typedef struct {
  DlmPyKind kind;
  char     *text;        /* the literal as typed: "2.5", "True", "'cat'" */
  guint     length;      /* characters of a string, 0 for the rest */
} DlmPyValue;

/* A Python literal as typed in a list field: a list "[1, 2.5, 'a']", a
 * tuple "1, 2.5" (read as the list it makes), or one value "4", which
 * np.array() and torch.tensor() turn into a 0-d array (shape ()). */
typedef struct {
  DlmPyValue *values;
  guint       n_values;
  gboolean    scalar;
} DlmPyList;

#define DLM_PY_LIST_MAX_CHARS 120

/* Reads ints (int64's range), floats ("2.5", "1e3", ".5"), True, False and
 * strings in single or double quotes, separated by commas, in brackets or
 * not. Errors name @field, the offending text and what is accepted. */
DlmPyList *dlm_py_list_parse    (const char       *field,
                                 const char       *text,
                                 GError          **error);
void       dlm_py_list_free     (DlmPyList        *list);
/* "[1, 2.5, 'a']", or "4" for a scalar: the literal as Python would take it. */
char      *dlm_py_list_format   (const DlmPyList  *list);

/* The kind that decides the dtype: the highest present in the order bool <
 * int < float < str in which both libraries promote; DLM_PY_FLOAT for an
 * empty list, which both make a float array. */
DlmPyKind  dlm_py_list_kind     (const DlmPyList  *list);

/* A dtype as NumPy 1.24 and PyTorch 1.13 print it, with its size. */
typedef struct {
  char     name[24];     /* "int64", "<U21", "torch.float32" */
  guint    itemsize;     /* bytes per element */
  gboolean exists;       /* FALSE: PyTorch has no tensor of strings */
} DlmInferredDtype;

/* The dtype np.array(list) infers: bool if every element is a bool, else
 * int64 if there is no float or string, else float64 if there is no
 * string, else '<Un' for n the longest element as text (a bool counts 5
 * characters, an int 21, a float 32, whatever its value); an empty list is
 * float64. */
void       dlm_numpy_infer_dtype (const DlmPyList *list,
                                  DlmInferredDtype *out);
/* The dtype torch.tensor(list) infers: the same order of kinds, but a float
 * becomes PyTorch's default float32 (an empty list too), and strings make
 * no tensor at all. */
void       dlm_torch_infer_dtype (const DlmPyList *list,
                                  DlmInferredDtype *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmPyList, dlm_py_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmImage, dlm_image_free)

G_END_DECLS
