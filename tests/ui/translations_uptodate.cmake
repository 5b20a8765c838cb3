# Run by ctest (tst_translations_uptodate): lupdate over the GUI's sources, into a copy of the committed .ts,
# must change nothing. It fails when a source has a string the .ts lacks (a tr() added without running
# `update_translations`) or the .ts keeps one no source has any more.
#   cmake -DLUPDATE=… -DGENERATOR=…/GenerateLUpdateProject.cmake -DPROJECT_IN=…/parterre_project.cmake
#         -DTS=…/parterre_de.ts -DWORK=<scratch folder> -P translations_uptodate.cmake
foreach(variable LUPDATE GENERATOR PROJECT_IN TS WORK)
    if(NOT ${variable})
        message(FATAL_ERROR "translations_uptodate.cmake needs -D${variable}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${WORK}/project.json" -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "Could not write the lupdate project from ${PROJECT_IN}")
endif()
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
# The same options as qt_add_translations' LUPDATE_OPTIONS in app/parterre/CMakeLists.txt.
execute_process(
    COMMAND "${LUPDATE}" -project "${WORK}/project.json" -no-obsolete -locations none -ts "${WORK}/${name}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ "${TS}" committed)
file(READ "${WORK}/${name}" updated)
if(NOT committed STREQUAL updated)
    message(FATAL_ERROR "${TS} is not up to date with the sources:\n${output}\n"
                        "Run `ninja -C build update_translations`, translate the new messages and commit the .ts "
                        "(diff ${TS} ${WORK}/${name} shows what changed).")
endif()
message(STATUS "${name} holds exactly the sources' strings:\n${output}")
