/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The numbers behind the datatypes topic: an image as arrays of uint8, its
 * luma, and what storage types do to sums. */

#define DLM_IMAGE_BUILTIN   "landscape"
#define DLM_IMAGE_MAX_SIDE  4096
/* Files bigger than this are not read at all (a 4096 × 4096 PNG is far
 * smaller). */
#define DLM_IMAGE_MAX_FILE_BYTES (256u * 1024u * 1024u)

typedef struct {
  guint   width, height;
  guint8 *rgb;       /* (H, W, C) order, C = 3: NumPy's and PIL's layout */
  guint8 *gray;      /* (H, W) luma, see dlm_luma() */
  char   *format;    /* "png" or "jpeg" */
} DlmImage;

/* Reads a PNG or JPEG file, or the built-in picture when @source is
 * DLM_IMAGE_BUILTIN. Any alpha channel is dropped (as PIL's convert("RGB")
 * does). Errors name @field: an empty name, an unreadable file, a file that
 * is not a PNG or JPEG image, an image with a side above DLM_IMAGE_MAX_SIDE. */
DlmImage *dlm_image_load        (const char    *field,
                                 const char    *source,
                                 GError       **error);
void      dlm_image_free        (DlmImage      *image);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmImage, dlm_image_free)

G_END_DECLS
