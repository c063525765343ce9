/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-datatypes.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_DATATYPES_VIEW_OBJECTS,
  DLM_DATATYPES_VIEW_GRAYSCALE,
  DLM_DATATYPES_VIEW_CHANNELS,
  DLM_DATATYPES_VIEW_STORAGE,
  DLM_DATATYPES_VIEW_DTYPES,
  DLM_DATATYPES_VIEW_KINDS,
} DlmDatatypesView;

typedef enum {
  DLM_DTYPE_UINT8,
  DLM_DTYPE_FLOAT32,
  DLM_DTYPE_FLOAT64,
} DlmDtype;

#define DLM_TYPE_DATATYPES_VIEW (dlm_datatypes_view_get_type ())
GType dlm_datatypes_view_get_type (void);
#define DLM_TYPE_DTYPE (dlm_dtype_get_type ())
GType dlm_dtype_get_type (void);

#define DLM_DATATYPES_MAX_ZOOM 64
/* What the dtypes view shows first: an int, a float and a bool. */
#define DLM_DATATYPES_DEFAULT_VALUES "[3, 1.5, True]"

#define DLM_TYPE_DATATYPES_TOPIC (dlm_datatypes_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmDatatypesTopic, dlm_datatypes_topic, DLM, DATATYPES_TOPIC, DlmTopic)

DlmTopic       *dlm_datatypes_topic_new       (void);
const DlmImage *dlm_datatypes_topic_get_image (DlmDatatypesTopic *self);
guint           dlm_dtype_size                (DlmDtype           dtype);

G_END_DECLS
