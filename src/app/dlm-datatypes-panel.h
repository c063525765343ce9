/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_DATATYPES_PANEL (dlm_datatypes_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmDatatypesPanel, dlm_datatypes_panel, DLM, DATATYPES_PANEL, DlmTopicPanel)

G_END_DECLS
