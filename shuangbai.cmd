@echo off
rem 双百考核启动脚本（Windows）：首次运行或源码更新后请先运行 mvn -DskipTests package。
rem `shuangbai bench ...` runs the benchmark (target\shuangbai-bench.jar), which is not part of the product.
chcp 65001 >nul
setlocal
set HERE=%~dp0
if not exist "%HERE%target\shuangbai.jar" goto build
if not exist "%HERE%target\shuangbai-bench.jar" goto build
goto run
:build
echo 正在构建 shuangbai ……
if exist "%HERE%target\shuangbai.jsa" del "%HERE%target\shuangbai.jsa"
pushd "%HERE%" && call mvn -q -B -DskipTests package && popd
:run
set JAR=%HERE%target\shuangbai.jar
rem Class data sharing (AppCDS), as ./shuangbai: the first demo after a build writes target\shuangbai.jsa, later
rem runs map it; a missing or unusable archive only means a normal start.
set CDS=%HERE%target\shuangbai.jsa
set SHARE=
if exist "%CDS%" set SHARE=-Xshare:auto -Xlog:cds*=off -XX:SharedArchiveFile="%CDS%"
if not exist "%CDS%" if /i "%~1"=="demo" set SHARE=-Xlog:cds*=off -XX:ArchiveClassesAtExit="%CDS%"
if /i "%~1"=="bench" set SHARE=
if /i "%~1"=="bench" set JAR=%HERE%target\shuangbai-bench.jar
java @"%HERE%jvm.options" %SHARE% -jar "%JAR%" %*
