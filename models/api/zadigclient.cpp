#include "zadigclient.h"
